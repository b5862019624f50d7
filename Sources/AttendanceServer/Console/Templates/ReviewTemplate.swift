/// Doubtful punches of the sites the reader may open, not yet reviewed, oldest first: why each is doubtful, and a
/// form to confirm or void it with a reason.
enum ReviewTemplate {
    static let name = "review"
    static let text = """
        <h1>{{t.review}}</h1>
        <p class="muted">{{t.reviewHelp}}</p>
        {{^items}}<p id="review-empty">{{t.nothingToReview}}</p>{{/items}}
        {{#hasItems}}<div class="scroll"><table id="review">
        <thead><tr><th>{{t.person}}</th><th>{{t.site}}</th><th>{{t.date}}</th><th>{{t.time}}</th><th>{{t.kind}}</th><th>{{t.door}}</th><th>{{t.method}}</th><th>{{t.distance}}</th><th>{{t.whyDoubtful}}</th><th>{{t.decision}}</th></tr></thead>
        <tbody>
        {{#items}}<tr id="punch-{{id}}"><td><a href="{{personURL}}">{{code}}</a> {{name}}</td><td>{{site}}</td><td>{{date}}</td><td>{{time}}</td><td>{{kind}}</td><td>{{door}}</td><td>{{method}}</td><td>{{distance}}</td><td>{{#why}}{{.}}<br>{{/why}}</td>
        <td><form method="post" action="/console/review/{{id}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input name="reason" required maxlength="500" placeholder="{{t.reason}}" aria-label="{{t.reason}}"> <button type="submit" name="decision" value="confirm">{{t.confirmPunch}}</button> <button type="submit" name="decision" value="void">{{t.voidPunch}}</button></form></td></tr>
        {{/items}}
        </tbody></table></div>{{/hasItems}}
        """
}
