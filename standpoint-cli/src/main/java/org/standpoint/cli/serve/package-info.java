/** {@code standpoint serve}: the web UI and REST API of the {@code standpoint-serve} module, on a database. */
package org.standpoint.cli.serve;
