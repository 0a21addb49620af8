package org.standpoint.model;

/** How a count is bounded in the text: "1,100", "more than 3,500", "at least 40,000", "up to 22", "nearly 30". */
public enum FigureBound { EXACT, MORE_THAN, AT_LEAST, UP_TO, ABOUT }
