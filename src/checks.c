/*
 * checks.c: runs a check (or an alert handler) with the privileges of the role that owns it.
 *
 * The runner (mlcheck.run_checks, PL/pgSQL in the install script) may be a superuser's pg_cron
 * job; a check's SQL must never run with the runner's privileges. We do what PostgreSQL does for
 * VACUUM, ANALYZE, REFRESH MATERIALIZED VIEW and index expressions: switch the current user to
 * the owner with SetUserIdAndSecContext() under SECURITY_LOCAL_USERID_CHANGE |
 * SECURITY_RESTRICTED_OPERATION, so that the owner's code cannot SET ROLE / SET SESSION
 * AUTHORIZATION back to the session user, cannot create temporary objects that would shadow
 * the runner's, and sees a fixed search_path; GUC changes it makes are rolled back. No
 * SECURITY DEFINER function is involved: the caller must already be a member of the owner role
 * (superusers are members of every role), so this never grants more than SET ROLE would.
 *
 * On error, the switch is undone by the (sub)transaction abort, which restores the user id,
 * the security context and the GUC nesting level saved at its start.
 */
#include "mlcheck.h"

/* some server headers have inline functions with unused parameters (-Wextra -Werror) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#pragma GCC diagnostic pop

/* check_id of the check being evaluated in this backend (0: none); see mlcheck._ck_evaluating() */
static int64 evaluating_check = 0;

/* search_path while running as an owner: the owner's code must qualify its names */
#define OWNER_SEARCH_PATH "pg_catalog, pg_temp"

typedef struct OwnerSwitch
{
	Oid save_userid;
	int save_sec_context;
	int save_nestlevel;
} OwnerSwitch;

/*
 * Become `owner` for the code that follows, after checking that the current user may: it must
 * be a member of the owner role (directly or not; superusers are members of every role).
 */
static void
become_owner(Oid owner, const char *what, const char *name, OwnerSwitch *sw)
{
	if (!SearchSysCacheExists1(AUTHOID, ObjectIdGetDatum(owner)))
		ereport(ERROR, (errcode(ERRCODE_UNDEFINED_OBJECT),
		                errmsg("owner of %s \"%s\" does not exist", what, name),
		                errdetail("The role with OID %u was dropped.", owner),
		                errhint("Change the owner of the %s or delete it.", what)));
	if (!is_member_of_role(GetUserId(), owner))
		ereport(ERROR, (errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
		                errmsg("permission denied to run %s \"%s\" as role \"%s\"", what, name,
		                       GetUserNameFromId(owner, false)),
		                errdetail("A %s runs with the privileges of the role that owns it; only "
		                          "members of that role can run it.",
		                          what)));

	GetUserIdAndSecContext(&sw->save_userid, &sw->save_sec_context);
	SetUserIdAndSecContext(owner, sw->save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
	                                  SECURITY_RESTRICTED_OPERATION);
	sw->save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", OWNER_SEARCH_PATH, PGC_USERSET, PGC_S_SESSION,
	                         GUC_ACTION_SAVE, true, 0, false);
}

/* Undo become_owner() after success: roll back the owner's GUC changes, restore the user. */
static void
end_owner(OwnerSwitch *sw)
{
	AtEOXact_GUC(false, sw->save_nestlevel);
	SetUserIdAndSecContext(sw->save_userid, sw->save_sec_context);
}

/* Quoted name of the schema holding the function being called (the extension's schema). */
static char *
own_schema(FunctionCallInfo fcinfo)
{
	Oid nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	char *name = get_namespace_name(nsp);

	if (name == NULL)
		elog(ERROR, "cache lookup failed for namespace %u", nsp);
	return pstrdup(quote_identifier(name));
}

/*
 * Look up (as the current user, so row security applies) one row of a registry table of the
 * extension by its id: owner and name, and optionally a third text column.
 */
static bool
lookup_owned_row(const char *schema, const char *table, const char *idcol, int64 id,
                 const char *extra, Oid *owner, char **name, char **extra_value)
{
	StringInfoData q;
	Oid argtypes[1] = {INT8OID};
	Datum args[1];
	bool isnull;
	int ret;

	initStringInfo(&q);
	appendStringInfo(&q, "SELECT owner::pg_catalog.oid, name%s%s FROM %s.%s WHERE %s = $1",
	                 extra ? ", " : "", extra ? extra : "", schema, table, idcol);
	args[0] = Int64GetDatum(id);
	ret = SPI_execute_with_args(q.data, 1, argtypes, args, NULL, true, 2);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(ret));
	if (SPI_processed == 0)
		return false;

	*owner =
	    DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	if (isnull)
		elog(ERROR, "%s %lld has no owner", table, (long long) id);
	*name = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
	if (extra)
		*extra_value = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3);
	return true;
}

PG_FUNCTION_INFO_V1(mlcheck_evaluate_check);
/*
 * mlcheck.evaluate_check(check_id bigint, as_of timestamptz) RETURNS SETOF mlcheck.check_outcome
 *
 * Evaluates one check as its owner and returns its outcomes without recording them (the
 * runner records them, as itself). The check must be visible to the caller (row security)
 * and the caller must be a member of its owner role.
 */
Datum
mlcheck_evaluate_check(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int64 check_id;
	Datum as_of;
	char *schema;
	Oid owner;
	char *name;
	OwnerSwitch sw;
	int64 save_evaluating = evaluating_check;
	StringInfoData q;
	Oid argtypes[2] = {INT8OID, TIMESTAMPTZOID};
	Datum args[2];
	int ret;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
		        (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("check_id must not be null")));
	if (PG_ARGISNULL(1))
		ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("as_of must not be null")));
	check_id = PG_GETARG_INT64(0);
	as_of = PG_GETARG_DATUM(1);

	InitMaterializedSRF(fcinfo, 0);
	schema = own_schema(fcinfo);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (!lookup_owned_row(schema, "checks", "check_id", check_id, NULL, &owner, &name, NULL))
		ereport(ERROR, (errcode(ERRCODE_UNDEFINED_OBJECT),
		                errmsg("check %lld does not exist", (long long) check_id)));

	become_owner(owner, "check", name, &sw);
	evaluating_check = check_id;
	PG_TRY();
	{
		initStringInfo(&q);
		appendStringInfo(&q, "SELECT * FROM %s._ck_evaluate($1, $2)", schema);
		args[0] = Int64GetDatum(check_id);
		args[1] = as_of;
		ret = SPI_execute_with_args(q.data, 2, argtypes, args, NULL, false, 0);
		if (ret != SPI_OK_SELECT)
			elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(ret));
	}
	PG_FINALLY();
	{
		evaluating_check = save_evaluating;
	}
	PG_END_TRY();
	end_owner(&sw);

	/* the SPI result has the columns of mlcheck.check_outcome, as does rsinfo->setDesc */
	if (SPI_tuptable->tupdesc->natts != rsinfo->setDesc->natts)
		elog(ERROR, "check evaluation returned %d columns, expected %d",
		     SPI_tuptable->tupdesc->natts, rsinfo->setDesc->natts);
	for (int i = 0; i < rsinfo->setDesc->natts; i++)
		if (TupleDescAttr(SPI_tuptable->tupdesc, i)->atttypid !=
		    TupleDescAttr(rsinfo->setDesc, i)->atttypid)
			elog(ERROR, "check evaluation returned a column of type %u, expected %u",
			     TupleDescAttr(SPI_tuptable->tupdesc, i)->atttypid,
			     TupleDescAttr(rsinfo->setDesc, i)->atttypid);
	for (uint64 i = 0; i < SPI_processed; i++)
		tuplestore_puttuple(rsinfo->setResult, SPI_tuptable->vals[i]);

	SPI_finish();
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(mlcheck_evaluating);
/*
 * mlcheck._ck_evaluating() RETURNS bigint: the check being evaluated by evaluate_check() in this
 * backend, or NULL. The evaluators refuse to run a check's SQL unless called this way, so that
 * nobody runs a check's SQL under another identity than its owner's by calling them directly.
 */
Datum
mlcheck_evaluating(PG_FUNCTION_ARGS)
{
	(void) fcinfo;
	if (evaluating_check == 0)
		PG_RETURN_NULL();
	PG_RETURN_INT64(evaluating_check);
}

PG_FUNCTION_INFO_V1(mlcheck_deliver_alert);
/*
 * mlcheck._ck_deliver_alert(route_id bigint, payload jsonb) RETURNS void
 *
 * Calls the handler function of an alert route (handler(payload jsonb)) as the route's owner.
 * The handler is named by the route as text and resolved here, as the owner, with the fixed
 * search_path: a handler must be schema-qualified.
 */
Datum
mlcheck_deliver_alert(PG_FUNCTION_ARGS)
{
	int64 route_id;
	Datum payload;
	char *schema;
	Oid owner;
	char *name;
	char *handler = NULL;
	OwnerSwitch sw;
	StringInfoData q;
	Oid argtypes[1] = {TEXTOID};
	Datum args[1];
	bool isnull;
	Oid fn;
	int ret;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
		                errmsg("route_id and payload must not be null")));
	route_id = PG_GETARG_INT64(0);
	payload = PG_GETARG_DATUM(1);
	schema = own_schema(fcinfo);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (!lookup_owned_row(schema, "alert_routes", "route_id", route_id, "handler", &owner, &name,
	                      &handler))
		ereport(ERROR, (errcode(ERRCODE_UNDEFINED_OBJECT),
		                errmsg("alert route %lld does not exist", (long long) route_id)));
	if (handler == NULL)
	{
		SPI_finish();
		PG_RETURN_VOID();
	}

	become_owner(owner, "alert route", name, &sw);

	/* resolve the handler as the owner: a function of exactly one jsonb argument */
	args[0] = CStringGetTextDatum(handler);
	ret = SPI_execute_with_args("SELECT pg_catalog.to_regprocedure($1 OPERATOR(pg_catalog.||) "
	                            "'(jsonb)')::pg_catalog.oid",
	                            1, argtypes, args, NULL, true, 1);
	if (ret != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(ret));
	fn = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	if (isnull)
		ereport(ERROR,
		        (errcode(ERRCODE_UNDEFINED_FUNCTION),
		         errmsg("alert handler %s(jsonb) of route \"%s\" does not exist", handler, name),
		         errhint("Name the handler with its schema, e.g. 'ops.page_on_call'.")));

	initStringInfo(&q);
	appendStringInfo(
	    &q, "SELECT %s($1)",
	    quote_qualified_identifier(get_namespace_name(get_func_namespace(fn)), get_func_name(fn)));
	argtypes[0] = JSONBOID;
	args[0] = payload;
	ret = SPI_execute_with_args(q.data, 1, argtypes, args, NULL, false, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(ret));

	end_owner(&sw);
	SPI_finish();
	PG_RETURN_VOID();
}

/* mlcheck.notify_channel: the channel run_checks() NOTIFYs for a run with failures ('' = none) */
static char *notify_channel = NULL;

/* Defines the GUCs of the checks runner; called from _PG_init(). */
void
mlcheck_checks_init(void)
{
	DefineCustomStringVariable(
	    "mlcheck.notify_channel",
	    "Channel that mlcheck.run_checks() notifies with a JSON summary of each run with failures.",
	    "An empty string disables the notification; alert routes (mlcheck.alert_routes) are "
	    "delivered either way.",
	    &notify_channel, "mlcheck", PGC_USERSET, 0, NULL, NULL, NULL);
}
