import Testing
@testable import DashboardCore

/// What a decoded snapshot holds is bounded by what the file holds: room
/// reserved for camps that never came is given back.
@Suite struct DecodedSizeTests {
    static func camps(_ district: String, count: Int) -> String {
        (0..<count).map { "{\"id\": \"\(district)-c\($0)\", \"name\": \"Camp \($0)\", \"status\": \"open\", \"population\": 1}" }
            .joined(separator: ",")
    }

    static func snapshot(campCounts: [Int]) -> [UInt8] {
        let districts = campCounts.enumerated().map { index, count in
            "{\"id\": \"d\(index)\", \"name\": \"District \(index)\", \"province\": \"Punjab\", \"camps\": [\(camps("d\(index)", count: count))]}"
        }
        return Array("""
        {"schema_version": 1, "generated_at": "2025-04-07T18:00:00+05:00", "districts": [\(districts.joined(separator: ","))],
         "crossings": [], "deadlines": []}
        """.utf8)
    }

    @Test func emptyDistrictsHoldNoRoomForCamps() throws {
        // A million empty districts used to take 10× their file: each held room for one camp.
        let report = SnapshotDecoder.decode(Self.snapshot(campCounts: [0, 0, 3, 0]), now: SnapshotFixture.now)
        let districts = try #require(report.snapshot?.districts)
        #expect(districts.map(\.camps.count) == [0, 0, 3, 0])
        #expect(districts[0].camps.capacity == 0 && districts[1].camps.capacity == 0 && districts[3].camps.capacity == 0)
    }

    @Test func aSmallDistrictAfterALargeOneKeepsOnlyWhatItNeeds() throws {
        // Room is reserved for as many camps as the district before had (200); the next has 2.
        let report = SnapshotDecoder.decode(Self.snapshot(campCounts: [200, 2]), now: SnapshotFixture.now)
        let districts = try #require(report.snapshot?.districts)
        #expect(districts[1].camps.count == 2)
        #expect(districts[1].camps.capacity <= 2 * 2 + 8, "capacity \(districts[1].camps.capacity)")
    }
}
