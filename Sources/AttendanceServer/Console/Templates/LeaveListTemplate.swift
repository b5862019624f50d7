/// A site's leave in force that ends on or after a date, each linked to the person's Leave page, and the grant
/// form with a choice of the site's people.
enum LeaveListTemplate {
    static let name = "leave-list"
    static let text = """
        <h1>{{t.leave}} · {{site}}</h1>
        <p class="muted">{{t.leaveListHelp}}</p>
        <form method="get" action="/console/leave" class="filters">
        {{#siteChoice}}<label>{{t.site}}<select name="site">{{#sites}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/sites}}</select></label>{{/siteChoice}}
        {{^siteChoice}}<input type="hidden" name="site" value="{{site}}">{{/siteChoice}}
        <label>{{t.endingFrom}}<input type="date" name="from" value="{{from}}"></label>
        <button type="submit">{{t.show}}</button>
        </form>
        {{^hasRecords}}<p id="no-leave">{{t.noLeave}}</p>{{/hasRecords}}
        {{#hasRecords}}<div class="scroll"><table id="leave-list">
        <thead><tr><th>{{t.person}}</th><th>{{t.leaveKind}}</th><th>{{t.from}}</th><th>{{t.to}}</th><th>{{t.portion}}</th><th>{{t.note}}</th><th>{{t.grantedBy}}</th></tr></thead>
        <tbody>
        {{#records}}<tr id="leave-{{id}}"><td><a href="{{personURL}}">{{name}}</a> <span class="muted">{{code}}</span></td><td>{{kindLabel}}</td><td>{{from}}</td><td>{{to}}</td><td>{{portionLabel}}</td><td>{{note}}</td><td>{{grantedBy}}</td></tr>
        {{/records}}
        </tbody></table></div>{{/hasRecords}}
        {{> leave-grant-form}}
        """
}
