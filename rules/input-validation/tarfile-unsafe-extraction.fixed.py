import shutil
import tarfile
import zipfile


def members_filter(tar):
    return [m for m in tar.getmembers() if not m.name.startswith("/")]


def bad(upload, dest, names):
    with tarfile.open(upload) as tar:
        # ruleid: tarfile-unsafe-extraction
        tar.extractall(dest, filter="data")
    t = tarfile.open(upload)
    # ruleid: tarfile-unsafe-extraction
    t.extractall(path=dest, members=names)
    # ruleid: tarfile-unsafe-extraction
    t.extractall(dest, members=members_filter(t))
    for member in t.getmembers():
        # ruleid: tarfile-unsafe-extraction
        t.extract(member, dest, filter="data")
    # ruleid: tarfile-unsafe-extraction
    shutil.unpack_archive(upload, dest, filter="data")


def ok(upload, dest):
    with tarfile.open(upload) as tar:
        # ok: tarfile-unsafe-extraction
        tar.extractall(dest, filter="data")
    with zipfile.ZipFile(upload) as archive:
        # ok: tarfile-unsafe-extraction
        archive.extractall(dest)
        # ok: tarfile-unsafe-extraction
        archive.extract("a.txt", dest)
    # ok: tarfile-unsafe-extraction
    shutil.unpack_archive(upload, dest, filter="data")
    # ok: tarfile-unsafe-extraction
    tarfile.open(upload).extractall(dest, filter=tarfile.data_filter)
