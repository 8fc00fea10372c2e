package io.certbadge.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The single row that says how big the tree is and which checkpoint describes it; also the sequencer's lock. */
@Entity
@Table(name = "log_state")
public class LogState {

    public static final int ID = 1;

    @Id
    public Integer id;

    @Column(name = "tree_size", nullable = false)
    public long treeSize;

    @ManyToOne
    @JoinColumn(name = "checkpoint_id")
    public LogCheckpoint checkpoint;
}
