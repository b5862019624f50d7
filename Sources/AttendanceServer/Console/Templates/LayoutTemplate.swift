/// The frame of every console page: header with the menu (by role), the signed-in person, sign-out, the
/// language switch; the page's own HTML goes in `body`. Plain HTML and CSS, readable on a phone; the only
/// "script" is Today's `<meta http-equiv="refresh">`.
enum LayoutTemplate {
    static let name = "layout"
    static let text = """
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        {{#refresh}}<meta http-equiv="refresh" content="{{refresh}}">{{/refresh}}
        <title>{{title}} · Asistencia</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
        header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.6rem 1rem;background:#1f3a5f;color:#fff}
        header a{color:#fff}
        header nav{display:flex;flex-wrap:wrap;gap:.2rem .8rem}
        header form{margin:0;display:flex;gap:.5rem;align-items:center}
        main{padding:1rem;max-width:72rem;margin:auto}
        h1{font-size:1.4rem;margin:.2rem 0 1rem}
        table{border-collapse:collapse;width:100%;background:#fff;font-size:.92rem}
        th,td{border-bottom:1px solid #dde1e6;padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#e8ecf1}
        .scroll{overflow-x:auto}
        .counts{display:flex;flex-wrap:wrap;gap:.6rem;margin-bottom:1rem}
        .count{background:#fff;border:1px solid #dde1e6;border-radius:.4rem;padding:.5rem .8rem;min-width:6rem}
        .count b{display:block;font-size:1.6rem}
        .status-late,.status-earlyLeave{color:#8a5300}
        .status-absent{color:#b00020}
        .status-open,.status-onTime{color:#1d6b2f}
        .status-holiday,.status-justified,.status-permission{color:#2b4f9e}
        .notice{background:#fff8d6;border:1px solid #e6d27a;padding:.6rem .8rem;border-radius:.4rem;margin-bottom:1rem}
        .error{background:#fde7ea;border:1px solid #e79aa5;padding:.6rem .8rem;border-radius:.4rem;margin-bottom:1rem}
        .secret{font-family:monospace;font-size:1.5rem;letter-spacing:.1em}
        form.inline{display:inline}
        form.filters,form.stack{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin-bottom:1rem}
        label{display:flex;flex-direction:column;font-size:.85rem;gap:.15rem}
        input,select,button{font:inherit;padding:.3rem .4rem}
        button{cursor:pointer}
        .muted{color:#5b6470;font-size:.85rem}
        </style>
        </head>
        <body>
        <header>
        <strong>Asistencia</strong>
        {{#account}}
        <nav>
        <a href="/console/today">{{t.today}}</a>
        <a href="/console/reports">{{t.reports}}</a>
        <a href="/console/corrections">{{t.corrections}}</a>
        <a href="/console/review">{{t.review}}</a>
        <a href="/console/leave">{{t.leave}}</a>
        <a href="/console/holidays">{{t.holidays}}</a>
        {{#isAdministrator}}<a href="/console/employees">{{t.employees}}</a>
        <a href="/console/shifts">{{t.shifts}}</a>
        <a href="/console/kiosks">{{t.kiosks}}</a>{{/isAdministrator}}
        </nav>
        <form method="post" action="/console/logout">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <span>{{name}} · {{roleLabel}}</span>
        <button type="submit">{{t.logout}}</button>
        </form>
        {{/account}}
        <a href="/console/language?to={{otherLanguage}}" lang="{{otherLanguage}}">{{otherLanguageName}}</a>
        </header>
        <main>
        {{#notice}}<p class="notice">{{notice}}</p>{{/notice}}
        {{{body}}}
        </main>
        </body>
        </html>
        """
}
