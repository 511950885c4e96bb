import ArgumentParser

@main
struct RepatdashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "repatdash", abstract: "Terminal dashboard for repatriation snapshots.")
}
