/** The Security Council: members, failed drafts, and the whip count for a draft. */
package org.standpoint.serve.council;
