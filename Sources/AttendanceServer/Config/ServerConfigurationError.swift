/// A setting is missing or wrong: names the variable, quotes the value (never a secret) and says what to do.
public struct ServerConfigurationError: Error, CustomStringConvertible {
    /// The environment variable (or file) at fault.
    public var variable: String
    /// The bad value, when it is not a secret.
    public var value: String?
    /// What is wrong and what to do.
    public var problem: String

    /// Makes an error.
    public init(variable: String, value: String?, problem: String) {
        self.variable = variable
        self.value = value
        self.problem = problem
    }

    public var description: String {
        if let value { return "\(variable)='\(value)' \(problem)" }
        return "\(variable) \(problem)"
    }
}
