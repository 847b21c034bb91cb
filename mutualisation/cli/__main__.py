"""``python -m mutualisation.cli``: the same command as the installed ``mutualisation``."""

import sys

from . import main

sys.exit(main())
