//! Parsing a command's arguments into [`Args`] by its flags' definitions.

use std::path::PathBuf;

use super::{Args, Command, Kind};
use crate::output::Failure;

impl Command {
    /// Parses the arguments after the command's name; `None` when `--help`
    /// asked for [`Command::help`] instead.
    pub fn parse(&self, mut parser: lexopt::Parser) -> Result<Option<Args>, Failure> {
        use lexopt::prelude::*;
        let mut args = Args::default();
        while let Some(arg) = parser.next().map_err(|e| Failure::Usage(e.to_string()))? {
            let flag = match arg {
                Short('h') | Long("help") => return Ok(None),
                Long(name) => self.flags().find(|f| f.long == name),
                Short(c) => self.flags().find(|f| f.short == Some(c)),
                Value(v) if args.inputs.len() < self.max_operands => {
                    args.inputs.push(PathBuf::from(v));
                    continue;
                }
                Value(_) => None,
            };
            let Some(flag) = flag else {
                return Err(Failure::Usage(arg.unexpected().to_string()));
            };
            match flag.kind {
                Kind::Switch(set) => set(&mut args),
                Kind::Value { set, .. } => {
                    let value = parser.value().map_err(|e| Failure::Usage(e.to_string()))?;
                    set(&mut args, value)
                        .map_err(|e| Failure::Usage(format!("--{} {e}", flag.long)))?;
                }
            }
        }
        Ok(Some(args))
    }
}
