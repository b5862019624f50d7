/// Corrections made at kiosks and in the console, newest first, at the sites the reader may open, with their
/// approval (where the site asks for it); administrators also set which sites ask for it.
enum CorrectionsTemplate {
    static let name = "corrections"
    static let text = """
        <h1>{{t.corrections}}</h1>
        <p class="muted">{{t.correctionsHelp}}</p>
        <div class="scroll"><table id="corrections">
        <thead><tr><th>{{t.date}}</th><th>{{t.person}}</th><th>{{t.site}}</th><th>{{t.action}}</th><th>{{t.time}}</th><th>{{t.reason}}</th><th>{{t.author}}</th><th>{{t.source}}</th><th>{{t.madeAt}}</th><th>{{t.approval}}</th></tr></thead>
        <tbody>
        {{#corrections}}<tr><td>{{date}}</td><td><a href="{{personURL}}">{{code}}</a></td><td>{{site}}</td><td>{{action}}</td><td>{{time}}</td><td>{{reason}}</td><td>{{author}}</td><td>{{source}}</td><td>{{madeAt}}</td>
        <td>{{#approvedBy}}{{t.approvedBy}} {{approvedBy}} {{approvedAt}}{{/approvedBy}}{{#mayApprove}}<form method="post" action="/console/corrections/{{id}}/approve" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.approve}}</button></form>{{/mayApprove}}{{#waiting}}{{t.pendingApproval}}{{/waiting}}</td></tr>
        {{/corrections}}
        </tbody></table></div>
        {{#siteSettings}}
        <h2>{{t.approvalBySite}}</h2>
        <div class="scroll"><table id="approval-settings">
        <tbody>
        {{#sites}}<tr><td>{{name}} <span class="muted">{{id}}</span></td><td>{{#needsApproval}}{{t.needsApproval}}{{/needsApproval}}{{^needsApproval}}{{t.noApproval}}{{/needsApproval}}</td>
        <td><form method="post" action="{{url}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="required" value="{{#needsApproval}}false{{/needsApproval}}{{^needsApproval}}true{{/needsApproval}}"><button type="submit">{{#needsApproval}}{{t.stopApproval}}{{/needsApproval}}{{^needsApproval}}{{t.startApproval}}{{/needsApproval}}</button></form></td></tr>
        {{/sites}}
        </tbody></table></div>
        {{/siteSettings}}
        """
}
