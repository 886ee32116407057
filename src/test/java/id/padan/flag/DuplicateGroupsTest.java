package id.padan.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateGroupsTest {
    @Test
    void groupsAreConnectedComponentsOfBothRelationsWithSingletonsLeftOut() {
        DuplicateGroups groups = new DuplicateGroups();
        groups.sameRow(1);
        groups.samePerson(7, 3);   // same registry person
        groups.samePerson(9, 7);   // clustered with 7 by the linker: joins the group through 7
        groups.samePerson(20, 21);
        groups.sameRow(5);
        groups.samePerson(21, 20); // the same edge again changes nothing

        assertThat(groups.groups()).containsExactly(List.of(3L, 7L, 9L), List.of(20L, 21L));
    }
}
