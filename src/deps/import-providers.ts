// Which PyPI projects provide an import name, for names that differ from the project's (`import yaml` → PyYAML).
// Names that only add a `py`/`python-` prefix or a `-python` suffix, or that normalise alike, need no entry here:
// src/deps/phantom-imports.ts tries those spellings itself.

/** Top-level import name → PEP 503 names of projects that install it. */
export const IMPORT_PROVIDERS: Readonly<Record<string, readonly string[]>> = {
  PIL: ['pillow'], cv2: ['opencv-python', 'opencv-python-headless', 'opencv-contrib-python', 'opencv-contrib-python-headless'],
  sklearn: ['scikit-learn'], skimage: ['scikit-image'], bs4: ['beautifulsoup4'], Crypto: ['pycryptodome', 'pycrypto'],
  Cryptodome: ['pycryptodomex'], git: ['gitpython'], attr: ['attrs'], google: ['protobuf'], grpc: ['grpcio'],
  MySQLdb: ['mysqlclient'], pkg_resources: ['setuptools'], _pytest: ['pytest'], fitz: ['pymupdf'],
  telegram: ['python-telegram-bot'], discord: ['discord-py'], win32api: ['pywin32'], win32con: ['pywin32'],
  pythoncom: ['pywin32'], pywintypes: ['pywin32'], magic: ['python-magic'], slugify: ['python-slugify'],
  ldap: ['python-ldap'], gi: ['pygobject'], wx: ['wxpython'], mpl_toolkits: ['matplotlib'], dns: ['dnspython'],
  websocket: ['websocket-client'], socketio: ['python-socketio'], engineio: ['python-engineio'],
  rest_framework: ['djangorestframework'], corsheaders: ['django-cors-headers'], environ: ['django-environ'],
  debug_toolbar: ['django-debug-toolbar'], Bio: ['biopython'], docx: ['python-docx'], pptx: ['python-pptx'],
  serial: ['pyserial'], usb: ['pyusb'], zmq: ['pyzmq'], Levenshtein: ['levenshtein', 'python-levenshtein'],
  dotenv: ['python-dotenv'], ruamel: ['ruamel-yaml'], jose: ['python-jose'], multipart: ['python-multipart'],
  xdist: ['pytest-xdist'], OpenSSL: ['pyopenssl'], jwt: ['pyjwt'], yaml: ['pyyaml'], dateutil: ['python-dateutil'],
  nacl: ['pynacl'], socks: ['pysocks'], kafka: ['kafka-python'], psycopg2: ['psycopg2-binary'], lxml: ['lxml'],
  markdown: ['markdown'], django_filters: ['django-filter'], rest_flex_fields: ['drf-flex-fields'], faiss: ['faiss-cpu', 'faiss-gpu'], tensorflow: ['tensorflow-cpu', 'tensorflow-gpu', 'tf-nightly'],
};
