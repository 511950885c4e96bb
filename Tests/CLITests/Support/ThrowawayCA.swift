import Foundation

/// A certificate authority made for one test with `openssl`: its certificate,
/// and a server certificate it signed for 127.0.0.1 (and localhost), valid
/// two days. `other` makes a second, unrelated CA: the wrong one to trust.
final class ThrowawayCA {
    let directory: String
    var certificate: String { directory + "/ca.pem" }
    var serverCertificate: String { directory + "/server.pem" }
    var serverKey: String { directory + "/server.key" }
    var otherCertificate: String { directory + "/other-ca.pem" }

    init() throws {
        directory = NSTemporaryDirectory() + "repatdash-ca-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try """
            subjectAltName=IP:127.0.0.1,DNS:localhost
            basicConstraints=CA:FALSE
            keyUsage=digitalSignature,keyEncipherment
            extendedKeyUsage=serverAuth

            """.write(toFile: directory + "/server.ext", atomically: true, encoding: .utf8)
        try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", directory + "/ca.key", "-out", certificate,
                     "-days", "2", "-subj", "/CN=repatdash test CA"])
        try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", directory + "/other-ca.key", "-out", otherCertificate,
                     "-days", "2", "-subj", "/CN=repatdash unrelated CA"])
        try openssl(["req", "-newkey", "rsa:2048", "-nodes", "-keyout", serverKey, "-out", directory + "/server.csr", "-subj", "/CN=127.0.0.1"])
        try openssl(["x509", "-req", "-in", directory + "/server.csr", "-CA", certificate, "-CAkey", directory + "/ca.key",
                     "-CAcreateserial", "-out", serverCertificate, "-days", "2", "-extfile", directory + "/server.ext"])
        // nginx's master reads the key as root; its workers never need it.
        chmod(serverKey, 0o600)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    private func openssl(_ arguments: [String]) throws {
        let status = try ChildProcess.run(["openssl"] + arguments, outputPath: directory + "/openssl.log")
        guard status == 0 else {
            throw TmuxError("openssl \(arguments.first ?? "") failed: \((try? String(contentsOfFile: directory + "/openssl.log", encoding: .utf8)) ?? "")")
        }
    }
}
