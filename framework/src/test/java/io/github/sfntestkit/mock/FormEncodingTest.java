package io.github.sfntestkit.mock;

import static io.github.sfntestkit.mock.HttpFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** URL_ENCODED request bodies, one ArrayFormat each (call-https-apis, Transform). */
class FormEncodingTest {
  private static final String BODY = "{\"array\": [\"a\", \"b\", \"c\", \"d\"]}";

  @Test
  void should_index_arrays_by_default() {
    assertThat(FormEncoding.encode(json(BODY), FormEncoding.ArrayFormat.INDICES))
        .isEqualTo("array%5B0%5D=a&array%5B1%5D=b&array%5B2%5D=c&array%5B3%5D=d");
  }

  @Test
  void should_repeat_the_key() {
    assertThat(FormEncoding.encode(json(BODY), FormEncoding.ArrayFormat.REPEAT))
        .isEqualTo("array=a&array=b&array=c&array=d");
  }

  @Test
  void should_join_with_commas() {
    assertThat(FormEncoding.encode(json(BODY), FormEncoding.ArrayFormat.COMMAS)).isEqualTo("array=a,b,c,d");
  }

  @Test
  void should_append_empty_brackets() {
    assertThat(FormEncoding.encode(json(BODY), FormEncoding.ArrayFormat.BRACKETS))
        .isEqualTo("array%5B%5D=a&array%5B%5D=b&array%5B%5D=c&array%5B%5D=d");
  }

  @Test
  void should_nest_objects_and_encode_scalars() {
    assertThat(FormEncoding.encode(json("{\"a b\": \"x&y=z\", \"n\": 1.5, \"t\": true, \"o\": {\"p\": {\"q\": null}},"
            + " \"items\": [{\"id\": 1}, {\"id\": 2}]}"), FormEncoding.ArrayFormat.INDICES))
        .isEqualTo("a%20b=x%26y%3Dz&n=1.5&t=true&o%5Bp%5D%5Bq%5D=&items%5B0%5D%5Bid%5D=1&items%5B1%5D%5Bid%5D=2");
  }
}
