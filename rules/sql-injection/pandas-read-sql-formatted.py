import pandas as pd
from pandas import read_sql_query


def bad(conn, region, day):
    # ruleid: pandas-read-sql-formatted
    pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", conn)
    # ruleid: pandas-read-sql-formatted
    read_sql_query("SELECT * FROM visits WHERE day = '%s'" % day, con=conn)


def ok(conn, region, spark):
    # ok: pandas-read-sql-formatted
    pd.read_sql("SELECT * FROM sales WHERE region = %(region)s", conn, params={"region": region})
    # ok: pandas-read-sql-formatted
    pd.read_sql_table("sales", conn)
    # ok: pandas-read-sql-formatted
    spark.read_sql(f"SELECT * FROM {region}")


# Look-alikes: numbers and local constants formatted into the SQL text.
def coerced(conn, days, rows):
    # ok: pandas-read-sql-formatted
    pd.read_sql(f"SELECT * FROM visits WHERE age_days < {int(days)}", conn)
    table = "sales"
    # ok: pandas-read-sql-formatted
    pd.read_sql(f"SELECT * FROM {table} LIMIT %d" % len(rows), conn)
    # ruleid: pandas-read-sql-formatted
    pd.read_sql(f"SELECT * FROM visits WHERE age_days < {int(days)} AND region = '{rows}'", conn)
