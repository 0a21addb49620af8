/**
 * The web face of Standpoint: a read-only REST API over a database, described in OpenAPI from the same
 * endpoint list that registers it, and a web UI served by the same process. Each feature package contributes
 * its {@link org.standpoint.serve.Routes}; {@link org.standpoint.serve.Request} checks every parameter before a
 * handler sees it, and the store binds every value as a JDBC parameter.
 */
package org.standpoint.serve;
