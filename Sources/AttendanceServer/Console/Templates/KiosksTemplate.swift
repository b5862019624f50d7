/// The kiosk fleet: each door's last heartbeat and state; make a registration code; revoke a kiosk.
enum KiosksTemplate {
    static let name = "kiosks"
    static let text = """
        <h1>{{t.kiosks}}</h1>
        {{#code}}<p class="notice">{{t.registrationCodeShownOnce}} <span class="secret" id="registration-code">{{code}}</span> ({{site}}, {{t.validUntil}} {{expires}})</p>{{/code}}
        <div class="scroll"><table id="kiosks">
        <thead><tr><th>{{t.kiosk}}</th><th>{{t.site}}</th><th>{{t.lastHeartbeat}}</th><th>{{t.version}}</th><th>{{t.queue}}</th><th>{{t.camera}}</th><th>{{t.clockSkew}}</th><th>{{t.lastError}}</th><th></th></tr></thead>
        <tbody>
        {{#kiosks}}<tr><td>{{name}} <span class="muted">{{id}}</span></td><td>{{site}}</td><td>{{heartbeat}}</td><td>{{version}}</td><td>{{queue}}</td><td>{{camera}}</td><td>{{skew}}</td><td>{{lastError}}</td>
        <td>{{#revoked}}{{t.revoked}} {{revoked}}{{/revoked}}{{^revoked}}<form method="post" action="{{revokeURL}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.revoke}}</button></form>{{/revoked}}</td></tr>
        {{/kiosks}}
        </tbody></table></div>
        <h2>{{t.newRegistrationCode}}</h2>
        <form method="post" action="/console/kiosks/codes" class="stack" id="registration">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.site}}<select name="site">{{#sites}}<option value="{{id}}">{{name}}</option>{{/sites}}</select></label>
        <label>{{t.validMinutes}}<input name="minutes" type="number" min="1" max="10080" value="60"></label>
        <button type="submit">{{t.makeCode}}</button>
        </form>
        """
}
