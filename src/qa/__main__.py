"""`python -m qa` runs the `qa` command."""

import sys

from .cli import main

sys.exit(main())
