/** Quotes with speakers and claimed figures with claimants. */
package org.standpoint.serve.statements;
