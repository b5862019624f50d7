/// The sign-in form: employee code and password, with the login form's own CSRF token.
enum LoginTemplate {
    static let name = "login"
    static let text = """
        <h1>{{t.signIn}}</h1>
        {{#error}}<p class="error" id="login-error">{{error}}</p>{{/error}}
        <form method="post" action="/console/login" class="stack">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.employeeCode}}<input name="code" autocomplete="username" required value="{{code}}"></label>
        <label>{{t.password}}<input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit" id="sign-in">{{t.signIn}}</button>
        </form>
        <p class="muted">{{t.loginHelp}}</p>
        """
}
