/// Create or edit one employee, with the badge number; on edit also deactivate, reset the PIN, delete the
/// biometrics and set the console password, each its own form with its own CSRF field; links to the person's pages.
enum EmployeeFormTemplate {
    static let name = "employee-form"
    static let text = """
        <h1>{{#isNew}}{{t.newEmployee}}{{/isNew}}{{^isNew}}{{employee.name}} <span class="muted">{{employee.code}}</span>{{/isNew}}</h1>
        {{#error}}<p class="error">{{error}}</p>{{/error}}
        {{#shownPIN}}<p class="notice">{{t.newPINShownOnce}} <span class="secret" id="new-pin">{{shownPIN}}</span></p>{{/shownPIN}}
        <form method="post" action="{{action}}" class="stack" id="employee">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#isNew}}<label>{{t.employeeCode}}<input name="code" required maxlength="64" value="{{employee.code}}"></label>{{/isNew}}
        <label>{{t.name}}<input name="name" required value="{{employee.name}}"></label>
        <label>{{t.role}}<select name="role">{{#roles}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/roles}}</select></label>
        <label>{{t.site}}<select name="site">{{#sites}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/sites}}</select></label>
        <label>{{t.badge}}<input name="badge" maxlength="32" autocomplete="off" inputmode="text" pattern="[A-Za-z0-9]{4,32}" value="{{employee.badge}}" aria-describedby="badge-help"><span class="muted" id="badge-help">{{t.badgeHelp}}</span></label>
        {{^isNew}}<label>{{t.active}}<select name="active"><option value="true"{{#employee.active}} selected{{/employee.active}}>{{t.yes}}</option><option value="false"{{^employee.active}} selected{{/employee.active}}>{{t.no}}</option></select></label>{{/isNew}}
        <button type="submit">{{t.save}}</button>
        </form>
        {{^isNew}}
        <p><a href="{{personURL}}" id="person-link">{{t.person}}</a> · <a href="{{personURL}}/leave" id="leave-link">{{t.leave}}</a> · <a href="{{personURL}}#week">{{t.weekShifts}}</a></p>
        <p>{{t.consent}}: <b id="consent">{{consentLabel}}</b> · {{t.templates}}: <b id="templates">{{templateCount}}</b> · {{t.pin}}: <b>{{pinLabel}}</b> · {{t.consoleAccess}}: <b>{{consoleLabel}}</b></p>
        <form method="post" action="{{baseURL}}/pin" class="inline" id="reset-pin"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.resetPIN}}</button></form>
        <form method="post" action="{{baseURL}}/biometrics/delete" class="inline" id="delete-biometrics"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.deleteBiometrics}}</button></form>
        {{#employee.active}}<form method="post" action="{{baseURL}}/deactivate" class="inline" id="deactivate"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.deactivate}}</button></form>{{/employee.active}}
        {{#mayHaveConsole}}
        <h2>{{t.consoleAccess}}</h2>
        <form method="post" action="{{baseURL}}/password" class="stack" id="set-password">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.newPassword}}<input name="password" type="password" autocomplete="new-password" required minlength="10"></label>
        <button type="submit">{{t.setPassword}}</button>
        </form>
        {{/mayHaveConsole}}
        {{/isNew}}
        """
}
