"""Package discovery: every package under mutualisation/ is found, and resources/ ships as
mutualisation.resources.

pyproject.toml holds the rest of the metadata. Only this step needs code: setuptools' ``find``
names packages after their folder, and resources/ sits at the top of the repository (so
installed and source runs find it the same way) but must ship inside the package. Its
sub-folders are declared too (as namespace packages of data), otherwise setuptools warns at
every install that they are importable yet absent from the configuration.
"""

from setuptools import find_namespace_packages, find_packages, setup

CODE = find_packages(include=["mutualisation", "mutualisation.*"])
DATA = ["mutualisation.resources"] + [
    f"mutualisation.resources.{name}"
    for name in find_namespace_packages(where="resources", exclude=["__pycache__", "*.__pycache__"])
]

setup(packages=CODE + DATA, package_dir={"mutualisation.resources": "resources"})
