/// The administrator's list of people, with their consent, PIN and badge state.
enum EmployeesTemplate {
    static let name = "employees"
    static let text = """
        <h1>{{t.employees}}</h1>
        <p><a href="/console/employees/new" id="new-employee">{{t.newEmployee}}</a></p>
        <form method="get" action="/console/employees" class="filters">
        <label>{{t.site}}<select name="site"><option value="">{{t.any}}</option>{{#sites}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/sites}}</select></label>
        <button type="submit">{{t.show}}</button>
        </form>
        <div class="scroll"><table id="employees">
        <thead><tr><th>{{t.employeeCode}}</th><th>{{t.name}}</th><th>{{t.role}}</th><th>{{t.site}}</th><th>{{t.state}}</th><th>{{t.consent}}</th><th>{{t.pin}}</th><th>{{t.badge}}</th><th></th></tr></thead>
        <tbody>
        {{#employees}}<tr><td>{{code}}</td><td><a href="{{personURL}}">{{name}}</a></td><td>{{roleLabel}}</td><td>{{site}}</td><td>{{stateLabel}}</td><td>{{consentLabel}}</td><td>{{pinLabel}}</td><td>{{badgeLabel}}</td><td><a href="{{editURL}}">{{t.edit}}</a></td></tr>
        {{/employees}}
        </tbody></table></div>
        """
}
