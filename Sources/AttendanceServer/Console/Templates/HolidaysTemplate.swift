/// One site's holidays in one year, with a form to add one and a button to remove each; every form has its CSRF field.
enum HolidaysTemplate {
    static let name = "holidays"
    static let text = """
        <h1>{{t.holidays}} · {{site}} · {{year}}</h1>
        <p class="muted">{{t.holidaysHelp}}</p>
        <form method="get" action="/console/holidays" class="filters">
        {{#siteChoice}}<label>{{t.site}}<select name="site">{{#sites}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/sites}}</select></label>{{/siteChoice}}
        {{^siteChoice}}<input type="hidden" name="site" value="{{site}}">{{/siteChoice}}
        <label>{{t.year}}<input name="year" type="number" min="1900" max="2999" value="{{year}}"></label>
        <button type="submit">{{t.show}}</button>
        </form>
        <p><a href="{{previousURL}}" id="previous-year">← {{t.previousYear}}</a> · <a href="{{nextURL}}" id="next-year">{{t.nextYear}} →</a></p>
        {{^hasHolidays}}<p id="no-holidays">{{t.noHolidays}}</p>{{/hasHolidays}}
        {{#hasHolidays}}<div class="scroll"><table id="holidays">
        <thead><tr><th>{{t.date}}</th><th></th><th>{{t.holidayName}}</th><th></th></tr></thead>
        <tbody>
        {{#holidays}}<tr id="holiday-{{date}}"><td>{{date}}</td><td>{{weekday}}</td><td>{{name}}</td>
        <td><form method="post" action="/console/holidays/delete" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="site" value="{{site}}"><input type="hidden" name="date" value="{{date}}"><button type="submit">{{t.delete}}</button></form></td></tr>
        {{/holidays}}
        </tbody></table></div>{{/hasHolidays}}
        <h2>{{t.addHoliday}}</h2>
        <form method="post" action="/console/holidays" class="stack" id="add-holiday">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="site" value="{{site}}">
        <label>{{t.date}}<input type="date" name="date" required value="{{newDate}}"></label>
        <label>{{t.holidayName}}<input name="name" required maxlength="100"></label>
        <button type="submit">{{t.save}}</button>
        </form>
        """
}
