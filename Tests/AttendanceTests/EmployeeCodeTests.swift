import Attendance
import Testing

/// Codes typed at the PIN pad or read from a file lose their surrounding spaces; codes with nothing to trim are
/// kept as they are (the fast path the day summary reads 5,000 of).
@Suite struct EmployeeCodeTests {
    @Test func surroundingSpacesTabsAndNoBreakSpacesAreTrimmed() {
        #expect(EmployeeCode("  E001 ").rawValue == "E001")
        #expect(EmployeeCode("\tE001").rawValue == "E001")
        #expect(EmployeeCode("E001\u{00A0}").rawValue == "E001")
        #expect(EmployeeCode("\u{3000}Ñ01").rawValue == "Ñ01")
        #expect(EmployeeCode("   ").rawValue == "")
        #expect(EmployeeCode("").rawValue == "")
    }

    @Test func plainCodesAndInnerSpacesAreKept() {
        #expect(EmployeeCode("E001").rawValue == "E001")
        #expect(EmployeeCode("P 12").rawValue == "P 12")
        #expect(EmployeeCode("Ñ01").rawValue == "Ñ01", "a non-ASCII end takes the full trim, which keeps it")
        #expect(EmployeeCode("E001") == EmployeeCode(" E001"))
    }
}
