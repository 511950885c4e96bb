import Foundation
import Testing
import DashboardCore
@testable import SnapshotSources

/// The small parts under `SnapshotSource`: event records, coalescing, the mount table.
@Suite struct SourceInternalsTests {
    @Test func inotifyRecordsAreParsedWithTheirPaddedNames() {
        var bytes: [UInt8] = []
        func record(_ watch: Int32, _ mask: UInt32, _ name: String, padTo length: Int) {
            withUnsafeBytes(of: watch.littleEndian) { bytes += $0 }
            withUnsafeBytes(of: mask.littleEndian) { bytes += $0 }
            withUnsafeBytes(of: UInt32(0)) { bytes += $0 }
            withUnsafeBytes(of: UInt32(length).littleEndian) { bytes += $0 }
            bytes += Array(name.utf8) + Array(repeating: 0, count: length - name.utf8.count)
        }
        record(1, 0x80, "a.json", padTo: 16)
        record(1, 0x400, "", padTo: 0)
        let events = bytes.withUnsafeBytes { InotifyEvent.parse($0) }
        #expect(events == [
            InotifyEvent(watchDescriptor: 1, mask: 0x80, name: "a.json"),
            InotifyEvent(watchDescriptor: 1, mask: 0x400, name: ""),
        ])
    }

    @Test func batchKeepsTheLastWordPerNameInFirstSeenOrder() {
        var batch = ChangeBatch()
        batch.noteUpdated("b", wasKnown: false)
        batch.noteUpdated("a", wasKnown: true)
        batch.noteRemoved("b", wasKnown: true) // created and deleted within the batch: never reported
        batch.noteRemoved("a", wasKnown: false)
        batch.noteUpdated("a", wasKnown: false)
        batch.noteRemoved("c", wasKnown: true)
        batch.noteUpdated("c", wasKnown: false)
        batch.noteUpdated("c", wasKnown: false)
        #expect(batch.changes { "/d/" + $0 } == [.updated(path: "/d/a"), .updated(path: "/d/c")])
    }

    @Test func networkAndFUSEMountsAreRemote() {
        let table = """
            /dev/vda1 / ext4 rw,relatime 0 0
            server:/export /mnt/control\\040room nfs4 rw 0 0
            //nas/share /srv/share cifs rw 0 0
            sshfs#me@host: /home/op/remote fuse.sshfs rw 0 0
            tmpfs /srv/share/local tmpfs rw 0 0
            """
        #expect(RemoteFileSystems.fileSystemType(of: "/mnt/control room/snapshots", mountTable: table) == "nfs4")
        #expect(RemoteFileSystems.isRemote(directory: "/mnt/control room/snapshots", mountTable: table))
        #expect(RemoteFileSystems.isRemote(directory: "/srv/share/x", mountTable: table))
        #expect(!RemoteFileSystems.isRemote(directory: "/srv/share/local/x", mountTable: table))
        #expect(RemoteFileSystems.isRemote(directory: "/home/op/remote", mountTable: table))
        #expect(!RemoteFileSystems.isRemote(directory: "/home/op/remote-not", mountTable: table))
        #expect(!RemoteFileSystems.isRemote(directory: "/var/snapshots", mountTable: table))
    }
}
