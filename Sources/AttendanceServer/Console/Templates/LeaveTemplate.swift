/// One person's leave: every record (cancelled ones too) with who granted it, a cancel button for those in
/// force, and the grant form.
enum LeaveTemplate {
    static let name = "leave"
    static let text = """
        <h1>{{t.leaveOf}} {{person.name}} <span class="muted">{{person.code}} · {{person.site}}</span></h1>
        <p><a href="{{personURL}}" id="person-link">{{t.person}}: {{person.name}}</a> · <a href="/console/leave?site={{person.site}}">{{t.leave}} · {{person.site}}</a></p>
        <p class="muted">{{t.leaveHelp}}</p>
        {{^hasRecords}}<p id="no-leave">{{t.noLeave}}</p>{{/hasRecords}}
        {{#hasRecords}}<div class="scroll"><table id="leave">
        <thead><tr><th>{{t.leaveKind}}</th><th>{{t.from}}</th><th>{{t.to}}</th><th>{{t.portion}}</th><th>{{t.note}}</th><th>{{t.grantedBy}}</th><th>{{t.grantedAt}}</th><th>{{t.leaveState}}</th></tr></thead>
        <tbody>
        {{#records}}<tr id="leave-{{id}}"><td>{{kindLabel}}</td><td>{{from}}</td><td>{{to}}</td><td>{{portionLabel}}</td><td>{{note}}</td><td>{{grantedBy}}</td><td>{{grantedAt}}</td>
        <td>{{#cancelledAt}}{{t.cancelled}} {{cancelledAt}}{{/cancelledAt}}{{^cancelledAt}}{{t.inForce}} <form method="post" action="/console/leave/{{id}}/cancel" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="code" value="{{code}}"><button type="submit">{{t.cancelLeave}}</button></form>{{/cancelledAt}}</td></tr>
        {{/records}}
        </tbody></table></div>{{/hasRecords}}
        {{> leave-grant-form}}
        """
}
