/// One person: their days (hours, lateness), every punch with door and method, corrections with reason and
/// author, a form to add a correction, and (administrators) the week's shifts.
enum PersonTemplate {
    static let name = "person"
    static let text = """
        <h1>{{person.name}} <span class="muted">{{person.code}} · {{person.site}} · {{person.roleLabel}}{{^person.active}} · {{t.inactive}}{{/person.active}}</span></h1>
        <p><a href="{{url}}/leave" id="leave-link">{{t.leave}}</a> · <a href="#week">{{t.weekShifts}}</a></p>
        <form method="get" action="{{url}}" class="filters">
        <label>{{t.from}}<input type="date" name="from" value="{{from}}"></label>
        <label>{{t.to}}<input type="date" name="to" value="{{to}}"></label>
        <button type="submit">{{t.show}}</button>
        </form>
        <div class="counts">
        <div class="count"><b>{{totalWorked}}</b>{{t.hoursWorked}}</div>
        <div class="count"><b>{{totalRequired}}</b>{{t.hoursRequired}}</div>
        <div class="count"><b>{{totalLate}}</b>{{t.minutesLate}}</div>
        <div class="count"><b>{{lateDays}}</b>{{t.lateDays}}</div>
        <div class="count"><b>{{absentDays}}</b>{{t.absentDays}}</div>
        </div>
        <h2>{{t.days}}</h2>
        <div class="scroll"><table id="days">
        <thead><tr><th>{{t.date}}</th><th>{{t.shift}}</th><th>{{t.status}}</th><th>{{t.firstIn}}</th><th>{{t.lastOut}}</th><th>{{t.minutesLate}}</th><th>{{t.hoursWorked}}</th><th>{{t.remarks}}</th><th>{{t.why}}</th></tr></thead>
        <tbody>
        {{#days}}<tr><td>{{date}}</td><td>{{shift}}</td><td class="status-{{status}}">{{statusLabel}}</td><td>{{firstIn}}</td><td>{{lastOut}}</td><td>{{minutesLate}}</td><td>{{worked}}</td><td>{{remarks}}</td><td class="why">{{why}}</td></tr>
        {{/days}}
        </tbody></table></div>
        <h2>{{t.punches}}</h2>
        <div class="scroll"><table id="punches">
        <thead><tr><th>{{t.date}}</th><th>{{t.time}}</th><th>{{t.kind}}</th><th>{{t.door}}</th><th>{{t.method}}</th><th>{{t.distance}}</th></tr></thead>
        <tbody>
        {{#punches}}<tr><td>{{date}}</td><td>{{time}}</td><td>{{kind}}</td><td>{{door}}</td><td>{{method}}</td><td>{{distance}}</td></tr>
        {{/punches}}
        </tbody></table></div>
        <h2>{{t.corrections}}</h2>
        <div class="scroll"><table id="corrections">
        <thead><tr><th>{{t.date}}</th><th>{{t.action}}</th><th>{{t.time}}</th><th>{{t.reason}}</th><th>{{t.author}}</th><th>{{t.madeAt}}</th></tr></thead>
        <tbody>
        {{#corrections}}<tr><td>{{date}}</td><td>{{action}}</td><td>{{time}}</td><td>{{reason}}</td><td>{{author}}</td><td>{{madeAt}}</td></tr>
        {{/corrections}}
        </tbody></table></div>
        <h3>{{t.addCorrection}}</h3>
        <form method="post" action="{{url}}/corrections" class="stack" id="add-correction">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.date}}<input type="date" name="date" required value="{{to}}"></label>
        <label>{{t.time}}<input type="time" name="time" required></label>
        <label>{{t.kind}}<select name="kind"><option value="IN">{{t.entry}}</option><option value="OUT">{{t.exit}}</option></select></label>
        <label>{{t.reason}}<input name="reason" required maxlength="500"></label>
        <button type="submit">{{t.save}}</button>
        </form>
        {{#week}}
        <h2>{{t.weekShifts}}</h2>
        {{#editable}}<form method="post" action="{{url}}/week" class="stack" id="week">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#weekdays}}<label>{{label}}<select name="day{{weekday}}"><option value="">{{t.noShift}}</option>{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select></label>
        {{/weekdays}}
        <button type="submit">{{t.save}}</button>
        </form>
        <p><a href="/console/shifts">{{t.editShifts}}</a></p>{{/editable}}
        {{^editable}}<div class="scroll"><table id="week">
        <tbody>{{#weekdays}}<tr><th>{{label}}</th><td>{{chosen}}</td></tr>{{/weekdays}}</tbody></table></div>
        <p class="muted">{{t.weekReadOnly}}</p>{{/editable}}
        {{/week}}
        """
}
