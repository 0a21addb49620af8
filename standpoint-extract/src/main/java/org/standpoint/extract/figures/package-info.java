/** Claimed counts (casualties, arrests, observers, refugees) with their bound, claimant and date. */
package org.standpoint.extract.figures;
