/// Every shift, each row its own form to change the times or delete it, and a form for a new one.
enum ShiftsTemplate {
    static let name = "shifts"
    static let text = """
        <h1>{{t.shifts}}</h1>
        <p class="muted">{{t.shiftsHelp}}</p>
        {{#error}}<p class="error" id="shift-error">{{error}}</p>{{/error}}
        <div class="scroll"><table id="shifts">
        <thead><tr><th>{{t.shift}}</th><th>{{t.start}} – {{t.end}}</th><th></th></tr></thead>
        <tbody>
        {{#shifts}}<tr><td>{{name}}{{#crossesMidnight}} <span class="muted">({{t.crossesMidnight}})</span>{{/crossesMidnight}}</td>
        <td><form method="post" action="/console/shifts" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="name" value="{{name}}"><input type="time" name="start" required value="{{start}}" aria-label="{{t.start}}"> – <input type="time" name="end" required value="{{end}}" aria-label="{{t.end}}"> <button type="submit">{{t.save}}</button></form></td>
        <td><form method="post" action="/console/shifts/delete" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="name" value="{{name}}"><button type="submit">{{t.delete}}</button></form></td></tr>
        {{/shifts}}
        </tbody></table></div>
        <h2>{{t.newShift}}</h2>
        <form method="post" action="/console/shifts" class="stack" id="new-shift">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.name}}<input name="name" required maxlength="64"></label>
        <label>{{t.start}}<input type="time" name="start" required></label>
        <label>{{t.end}}<input type="time" name="end" required></label>
        <button type="submit">{{t.save}}</button>
        </form>
        """
}
