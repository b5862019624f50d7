/// An error or refusal page (forbidden, not found, bad form), with a way back.
enum MessageTemplate {
    static let name = "message"
    static let text = """
        <h1>{{heading}}</h1>
        <p class="error" id="message">{{message}}</p>
        <p><a href="/console/today">{{t.backToToday}}</a></p>
        """
}
