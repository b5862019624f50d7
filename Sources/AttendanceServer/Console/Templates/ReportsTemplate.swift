/// Reports: the filters, totals per person a page at a time (the footer sums the whole site), the day rows (day view, or one person), and the CSV link.
enum ReportsTemplate {
    static let name = "reports"
    static let text = """
        <h1>{{t.reports}} · {{from}} – {{to}}</h1>
        <form method="get" action="/console/reports" class="filters">
        <label>{{t.period}}<select name="period">{{#periods}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/periods}}</select></label>
        <label>{{t.date}}<input type="date" name="date" value="{{date}}"></label>
        <label>{{t.site}}<select name="site">{{#sites}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/sites}}</select></label>
        <label>{{t.shift}}<select name="shift"><option value="">{{t.any}}</option>{{#shifts}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/shifts}}</select></label>
        <label>{{t.status}}<select name="status"><option value="">{{t.any}}</option>{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></label>
        <label>{{t.person}}<input name="person" value="{{person}}" placeholder="{{t.employeeCode}}"></label>
        <button type="submit">{{t.show}}</button>
        </form>
        <p><a id="csv" href="{{csvURL}}" download>{{t.downloadCSV}}</a> · <span class="muted">{{rowCount}} {{t.rows}}</span></p>
        <h2>{{t.totals}}</h2>
        \(ConsolePager.template)
        <div class="scroll"><table id="totals">
        <thead><tr><th>{{t.person}}</th><th>{{t.days}}</th><th>{{t.lateDays}}</th><th>{{t.absentDays}}</th><th>{{t.hoursWorked}}</th><th>{{t.hoursRequired}}</th><th>{{t.minutesLate}}</th></tr></thead>
        <tbody>
        {{#totals}}<tr><td><a href="{{url}}">{{name}}</a> <span class="muted">{{code}}</span></td><td>{{days}}</td><td>{{lateDays}}</td><td>{{absentDays}}</td><td>{{worked}}</td><td>{{required}}</td><td>{{minutesLate}}</td></tr>
        {{/totals}}
        </tbody>
        <tfoot><tr><th>{{t.total}}</th><th>{{sum.days}}</th><th>{{sum.lateDays}}</th><th>{{sum.absentDays}}</th><th>{{sum.worked}}</th><th>{{sum.required}}</th><th>{{sum.minutesLate}}</th></tr></tfoot>
        </table></div>
        \(ConsolePager.template)
        {{#showRows}}
        <h2>{{t.days}}</h2>
        <div class="scroll"><table id="rows">
        <thead><tr><th>{{t.date}}</th><th>{{t.person}}</th><th>{{t.shift}}</th><th>{{t.status}}</th><th>{{t.firstIn}}</th><th>{{t.lastOut}}</th><th>{{t.minutesLate}}</th><th>{{t.hoursWorked}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{date}}</td><td>{{name}} <span class="muted">{{code}}</span></td><td>{{shift}}</td><td class="status-{{status}}">{{statusLabel}}</td><td>{{firstIn}}</td><td>{{lastOut}}</td><td>{{minutesLate}}</td><td>{{worked}}</td></tr>
        {{/rows}}
        </tbody></table></div>
        {{/showRows}}
        {{^showRows}}<p class="muted">{{t.rowsInCSV}}</p>{{/showRows}}
        """
}
