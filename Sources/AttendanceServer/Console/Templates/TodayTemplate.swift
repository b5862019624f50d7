/// Today at one site across every door: counts on top for the whole site, then one row per person, a page at a time.
enum TodayTemplate {
    static let name = "today"
    static let text = """
        <h1>{{t.today}} · {{siteName}} · {{date}}</h1>
        {{#siteChoice}}<form method="get" action="/console/today" class="filters">
        <label>{{t.site}}<select name="site">{{#sites}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/sites}}</select></label>
        <button type="submit">{{t.show}}</button>
        </form>{{/siteChoice}}
        <div class="counts">
        {{#counts}}<div class="count" id="count-{{key}}"><b>{{value}}</b>{{label}}</div>{{/counts}}
        </div>
        <p class="muted">{{t.refreshesEvery}} · {{t.computedAt}} {{computedAt}}</p>
        \(ConsolePager.template)
        <div class="scroll"><table id="today">
        <thead><tr><th>{{t.person}}</th><th>{{t.status}}</th><th>{{t.minutesLate}}</th><th>{{t.firstIn}}</th><th>{{t.lastOut}}</th><th>{{t.lastPunch}}</th><th>{{t.remarks}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td><a href="{{url}}">{{name}}</a> <span class="muted">{{code}}</span></td><td class="status-{{status}}">{{statusLabel}}</td><td>{{minutesLate}}</td><td>{{firstIn}}</td><td>{{lastOut}}</td><td>{{lastPunch}}</td><td>{{remarks}}</td></tr>
        {{/rows}}
        </tbody></table></div>
        \(ConsolePager.template)
        """
}
