package io.github.querycookbook.model;

/** How {@code exportPostLikeCounts} writes each post: one CSV record or one JSON object per line. */
public enum ExportFormat {
    /**
     * RFC 4180 CSV: a header line {@code id,user_id,content,like_count}, then one record per post, each line ended by
     * CRLF. A field holding a comma, a double quote, CR or LF is put in double quotes, its quotes doubled.
     */
    CSV,
    /**
     * JSON Lines: one object per post, {@code {"id":1,"user_id":1,"content":"…","like_count":4}}, each line ended by
     * LF, no header. Quotes, backslashes, every control character and U+2028/U+2029 are escaped.
     */
    JSON_LINES
}
