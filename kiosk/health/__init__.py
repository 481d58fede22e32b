"""Health for the monitoring IT already runs: `doctor --nagios` (a Nagios/Icinga plugin) and
`doctor --prometheus FILE` (a node_exporter textfile). Both read `doctor`'s own checks, from
outside the kiosk's session, plus what the running kiosk wrote in its status file."""
