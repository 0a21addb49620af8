/** Quotations attributed to their speakers, resolved to actors: direct quotes and indirect speech of officials. */
package org.standpoint.extract.quotes;
