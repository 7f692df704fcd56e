"""``python -m newsdoc`` runs the command-line interface."""

from newsdoc.cli import main

raise SystemExit(main())
