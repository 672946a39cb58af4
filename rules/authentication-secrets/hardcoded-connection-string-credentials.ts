// hardcoded-connection-string-credentials: database/broker URLs with a literal password (postgresql://u:p@h).
import { defineRule, secretsIn } from '../../src/analysis/rule.js';
import { findCredentialUrls } from '../../src/analysis/python/credential-urls.js';
import { preview } from '../../src/analysis/python/hardcoded-secret.js';

/** Schemes of data stores and brokers (SQLAlchemy dialect+driver forms included via the prefix). */
const DATA_STORE =
  /^(postgres(ql)?|mysql|mariadb|mssql|oracle|cockroachdb|redshift|snowflake|clickhouse|mongodb|redis|rediss|amqps?|kafka|nats|cassandra|neo4j|bolt|couchdb|couchbase|elasticsearch|influxdb|db2|ibm_db_sa|sybase|firebird|memcached|rabbitmq|sqlserver)(\+.*)?$/;

export default defineRule({
  meta: {
    id: 'hardcoded-connection-string-credentials',
    title: 'Hard-coded password in a database connection string',
    category: 'authentication-secrets',
    cwe: ['CWE-798', 'CWE-259'],
    owasp: { '2021': ['A07:2021'], '2025': ['A07:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: 'immediate',
    technology: ['sqlalchemy', 'psycopg', 'pymongo', 'redis', 'celery'],
    aliases: {},
    messages: {
      dsn: "The {{scheme}} connection string embeds the password of `{{user}}` ('{{preview}}'); build it from environment variables or a secret store.",
    },
    docs: {
      whatItDoes:
        'Flags string literals holding a data-store or broker URL with a literal password: `postgresql://app:S3cret@db/prod`, `mongodb+srv://…`, `redis://:pw@…`, `amqp://…`, SQLAlchemy `dialect+driver://` forms.',
      whyBad:
        'The database password travels with the code into every clone, image and log line that prints the URL, and cannot be rotated without a release.',
      businessImpact: 'Direct read/write access to production data; a data breach reportable under GDPR/CCPA.',
      attackScenario:
        'A Docker image built from the repository is pushed to a public registry; the attacker extracts `DATABASE_URL = "postgresql://app:S3cret@db.internal/prod"` and connects through an exposed bastion.',
      example: 'engine = create_engine("postgresql://app:S3cret@db.internal/prod")',
      useInstead:
        'engine = create_engine(URL.create("postgresql", username="app", password=os.environ["DB_PASSWORD"], host="db.internal", database="prod"))',
      testing: 'Grep the built artifact for `://` with `@` and check none carries a password; rotate the leaked one.',
      knownProblems:
        'Documentation-style passwords (password, pass, secret, xxx, ****) and docstrings are skipped; URLs whose password is a template (`{pw}`, `%s`, `${PW}`) are not matched.',
      references: [
        'https://docs.sqlalchemy.org/en/20/core/engines.html#creating-urls-programmatically',
        'https://cwe.mitre.org/data/definitions/798.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
      ],
    },
  },
  hints: ['://'],
  create(ctx) {
    return {
      nodes: {
        module(root) {
          for (const url of findCredentialUrls(root, ctx.source)) {
            if (!DATA_STORE.test(url.scheme)) continue;
            ctx.report({
              node: url.node,
              messageId: 'dsn',
              data: { scheme: url.scheme, user: url.user || '(default user)', preview: preview(url.password) },
              ...secretsIn(url.node),
              ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
            });
          }
        },
      },
    };
  },
});
