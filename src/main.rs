fn main() -> std::process::ExitCode {
    banzhen::cli::main()
}
