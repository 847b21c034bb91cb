"""The bundle's icons, rendered from ``mutualisation/resources/icons/mutualisation.svg`` at build time.

Windows wants an ``.ico`` for the executable and the installer, the Linux menus a PNG next to
the SVG; both come from the one drawing, so there is no binary image to keep in sync.
Qt renders them (it is already a build dependency), no image library is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_bytes(picture) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_file(pngs: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An .ico holding one PNG per size (Windows reads PNG entries since Vista).

    Qt's own ICO writer stores a single image, and Windows picks the size it needs from the
    directory, so the file is assembled here: a 6-byte header, a 16-byte entry per image
    (width and height 0 mean 256), then the images.
    """
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in zip(sizes, pngs, strict=True):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return header + entries + blobs


def render(svg: Path, out_dir: Path) -> tuple[Path, Path]:
    """Write ``mutualisation.ico`` (every size of SIZES) and ``mutualisation.png`` (256 px)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["icons", "-platform", "offscreen"])  # noqa: F841
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"Icône illisible : {svg}")
    out_dir.mkdir(parents=True, exist_ok=True)

    def image(size: int) -> QImage:
        picture = QImage(size, size, QImage.Format.Format_ARGB32)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        renderer.render(painter)
        painter.end()
        return picture

    png = out_dir / "mutualisation.png"
    if not image(256).save(str(png), "PNG"):
        raise SystemExit(f"Impossible d'écrire {png}")
    ico = out_dir / "mutualisation.ico"
    ico.write_bytes(ico_file([png_bytes(image(size)) for size in SIZES], SIZES))
    return ico, png


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "build" / "icons"
    for path in render(root / "mutualisation" / "resources" / "icons" / "mutualisation.svg", target):
        print(path)
