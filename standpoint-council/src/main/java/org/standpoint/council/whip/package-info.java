/**
 * The whip count: each member's projected vote on a draft from its latest known position and its record on
 * earlier drafts of the same agenda, the outcome under the Charter's rule as a range over the uncommitted,
 * and who would have to change for the draft to pass.
 */
package org.standpoint.council.whip;
