//! Thin entry point: everything lives in the library; see `actorgraph::cli`.
fn main() -> std::process::ExitCode {
    actorgraph::cli::main()
}
