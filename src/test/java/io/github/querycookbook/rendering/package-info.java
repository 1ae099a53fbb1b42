/** Tests of the render cache: its keys, its bound, its threads, and that it never puts a value into SQL text. */
package io.github.querycookbook.rendering;
