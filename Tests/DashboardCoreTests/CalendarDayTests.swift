import Testing
@testable import DashboardCore
