/// Corrections made at kiosks and in the console, newest first, at the sites the reader may open.
enum CorrectionsTemplate {
    static let name = "corrections"
    static let text = """
        <h1>{{t.corrections}}</h1>
        <p class="muted">{{t.correctionsHelp}}</p>
        <div class="scroll"><table id="corrections">
        <thead><tr><th>{{t.date}}</th><th>{{t.person}}</th><th>{{t.site}}</th><th>{{t.action}}</th><th>{{t.time}}</th><th>{{t.reason}}</th><th>{{t.author}}</th><th>{{t.source}}</th><th>{{t.madeAt}}</th></tr></thead>
        <tbody>
        {{#corrections}}<tr><td>{{date}}</td><td><a href="{{personURL}}">{{code}}</a></td><td>{{site}}</td><td>{{action}}</td><td>{{time}}</td><td>{{reason}}</td><td>{{author}}</td><td>{{source}}</td><td>{{madeAt}}</td></tr>
        {{/corrections}}
        </tbody></table></div>
        """
}
