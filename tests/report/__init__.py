"""Tests of the reporters (src/nsc_check/report/), one module per reporter; a package, so
its modules may share their names with modules of tests/ (test_plan, test_diff)."""
