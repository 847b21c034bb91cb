"""Package discovery: every package under mutualisation/, and the data folders of
mutualisation/resources (fonts, icons, translations).

pyproject.toml holds the rest of the metadata. Only this step needs code: the data folders have
no ``__init__.py``, so they are declared as namespace packages of data, otherwise setuptools
warns at every install that they are importable yet absent from the configuration. The root
folder is named explicitly (``package_dir``): with it, an editable install is a plain ``.pth``
entry for the project folder, which setuptools installs without a warning.
"""

from setuptools import find_namespace_packages, find_packages, setup

CODE = find_packages(include=["mutualisation", "mutualisation.*"])
DATA = [
    f"mutualisation.resources.{name}"
    for name in find_namespace_packages(
        where="mutualisation/resources", exclude=["__pycache__", "*.__pycache__"]
    )
]

setup(packages=CODE + DATA, package_dir={"": "."})
