// https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_access_rights
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface GroupAccessRightsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Id of the group (company).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_access_rights#group_id GroupAccessRights#group_id}
  */
  readonly groupId: number;
  /**
  * Whether the group may access every ticket queue, present and future. Defaults to false. When true, ticket_queue_ids must be empty.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_access_rights#has_access_to_all_ticket_queues GroupAccessRights#has_access_to_all_ticket_queues}
  */
  readonly hasAccessToAllTicketQueues?: boolean | cdktf.IResolvable;
  /**
  * Ids of every ticket queue the group may access; an empty set revokes them all. Defaults to the empty set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_access_rights#ticket_queue_ids GroupAccessRights#ticket_queue_ids}
  */
  readonly ticketQueueIds?: number[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_access_rights mojohelpdesk_group_access_rights}
*/
export class GroupAccessRights extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "mojohelpdesk_group_access_rights";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a GroupAccessRights resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the GroupAccessRights to import
  * @param importFromId The id of the existing GroupAccessRights that should be imported. Refer to the {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_access_rights#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the GroupAccessRights to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "mojohelpdesk_group_access_rights", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_access_rights mojohelpdesk_group_access_rights} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options GroupAccessRightsConfig
  */
  public constructor(scope: Construct, id: string, config: GroupAccessRightsConfig) {
    super(scope, id, {
      terraformResourceType: 'mojohelpdesk_group_access_rights',
      terraformGeneratorMetadata: {
        providerName: 'mojohelpdesk',
        providerVersion: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._groupId = config.groupId;
    this._hasAccessToAllTicketQueues = config.hasAccessToAllTicketQueues;
    this._ticketQueueIds = config.ticketQueueIds;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // group_id - computed: false, optional: false, required: true
  private _groupId?: number; 
  public get groupId() {
    return this.getNumberAttribute('group_id');
  }
  public set groupId(value: number) {
    this._groupId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get groupIdInput() {
    return this._groupId;
  }

  // has_access_to_all_ticket_queues - computed: true, optional: true, required: false
  private _hasAccessToAllTicketQueues?: boolean | cdktf.IResolvable; 
  public get hasAccessToAllTicketQueues() {
    return this.getBooleanAttribute('has_access_to_all_ticket_queues');
  }
  public set hasAccessToAllTicketQueues(value: boolean | cdktf.IResolvable) {
    this._hasAccessToAllTicketQueues = value;
  }
  public resetHasAccessToAllTicketQueues() {
    this._hasAccessToAllTicketQueues = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hasAccessToAllTicketQueuesInput() {
    return this._hasAccessToAllTicketQueues;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ticket_queue_ids - computed: true, optional: true, required: false
  private _ticketQueueIds?: number[]; 
  public get ticketQueueIds() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('ticket_queue_ids')));
  }
  public set ticketQueueIds(value: number[]) {
    this._ticketQueueIds = value;
  }
  public resetTicketQueueIds() {
    this._ticketQueueIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ticketQueueIdsInput() {
    return this._ticketQueueIds;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      group_id: cdktf.numberToTerraform(this._groupId),
      has_access_to_all_ticket_queues: cdktf.booleanToTerraform(this._hasAccessToAllTicketQueues),
      ticket_queue_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(this._ticketQueueIds),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      group_id: {
        value: cdktf.numberToHclTerraform(this._groupId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      has_access_to_all_ticket_queues: {
        value: cdktf.booleanToHclTerraform(this._hasAccessToAllTicketQueues),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ticket_queue_ids: {
        value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(this._ticketQueueIds),
        isBlock: false,
        type: "set",
        storageClassType: "numberList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
