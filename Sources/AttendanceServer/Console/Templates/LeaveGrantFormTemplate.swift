/// The form that grants leave, shared by the person's Leave page (the person is fixed) and the site's list (a
/// choice of the site's people).
enum LeaveGrantFormTemplate {
    static let name = "leave-grant-form"
    static let text = """
        <h2>{{t.grantLeave}}</h2>
        <form method="post" action="/console/leave" class="stack" id="grant-leave">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#choosePerson}}<label>{{t.person}}<select name="code">{{#people}}<option value="{{code}}">{{name}} ({{code}})</option>{{/people}}</select></label>{{/choosePerson}}
        {{#person}}<input type="hidden" name="code" value="{{code}}">{{/person}}
        <label>{{t.leaveKind}}<select name="kind">{{#kinds}}<option value="{{value}}">{{label}}</option>{{/kinds}}</select></label>
        <label>{{t.portion}}<select name="portion">{{#portions}}<option value="{{value}}">{{label}}</option>{{/portions}}</select></label>
        <label>{{t.from}}<input type="date" name="from" required value="{{today}}"></label>
        <label>{{t.to}}<input type="date" name="to" value="{{today}}"></label>
        <label>{{t.note}}<input name="note" maxlength="500"></label>
        <button type="submit">{{t.grantLeave}}</button>
        </form>
        """
}
